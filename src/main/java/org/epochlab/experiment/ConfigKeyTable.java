package org.epochlab.experiment;

/** The config keys as a Markdown table (key, meaning, default, allowed values), for the README and help. */
public final class ConfigKeyTable {

    private ConfigKeyTable() {
    }

    public static String markdown() {
        StringBuilder table = new StringBuilder("| key | meaning | default | allowed |\n|---|---|---|---|\n");
        for (ConfigKey key : ConfigKey.values()) {
            table.append("| `").append(key.key()).append("` | ").append(cell(key.meaning())).append(" | `")
                    .append(ConfigJson.MAPPER.valueToTree(key.defaultValue()).toString()).append("` | ")
                    .append(cell(key.allowed().describe())).append(" |\n");
        }
        return table.toString();
    }

    /** A vertical bar would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Prints the table, so that the README can be regenerated from the code. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
