package org.epochlab.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;

/**
 * A network's parameters as JSON: {@code {"layers": [{"layer": 1, "inputs": n, "outputs": m,
 * "weights": [[w₁₁ … w₁ₘ], …, [wₙ₁ … wₙₘ]], "bias": [b₁ … bₘ]}, …]}}, input side first. Row i of
 * {@code weights} holds the weights leaving input i, so column j holds neuron j's incoming weights: the
 * layer computes z = x W + b for a row vector x.
 */
public final class WeightsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WeightsJson() {
    }

    public static ObjectNode toJson(NetworkWeights network) {
        ArrayNode layers = NODES.arrayNode();
        for (int l = 0; l < network.layers().size(); l++) {
            LayerWeights layer = network.layer(l);
            ObjectNode node = layers.addObject();
            node.put("layer", l + 1);
            node.put("inputs", layer.inputs());
            node.put("outputs", layer.outputs());
            ArrayNode rows = node.putArray("weights");
            for (int i = 0; i < layer.inputs(); i++) {
                ArrayNode row = rows.addArray();
                for (int j = 0; j < layer.outputs(); j++) {
                    row.add(layer.weight(i, j));
                }
            }
            ArrayNode bias = node.putArray("bias");
            for (int j = 0; j < layer.outputs(); j++) {
                bias.add(layer.bias(j));
            }
        }
        ObjectNode root = NODES.objectNode();
        root.set("layers", layers);
        return root;
    }
}
