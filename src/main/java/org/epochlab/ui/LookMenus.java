package org.epochlab.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import org.epochlab.export.code.ScriptFramework;
import org.epochlab.ui.code.ScriptExportActions;
import org.epochlab.ui.help.GlossaryTerm;
import org.epochlab.ui.help.GlossaryWindow;
import org.epochlab.ui.help.HelpLinks;
import org.epochlab.ui.prefs.RecentFiles;
import org.epochlab.ui.theme.Appearance;
import org.epochlab.ui.theme.ViewMenu;

/**
 * Adds to the window's menus: File → Open Recent and Export as PyTorch / Keras script, the View menu
 * (before Help) and Help → Glossary (F1).
 */
public final class LookMenus {

    private LookMenus() {
    }

    public static void install(MenuBar bar, Appearance appearance, RecentFiles recent, Consumer<Path> openRecent,
                               ScriptExportActions scripts, GlossaryWindow glossary) {
        Menu file = menu(bar, "_File");
        Menu help = menu(bar, "_Help");
        if (file != null) {
            Menu recentMenu = new Menu("Open _Recent");
            recentMenu.setId("openRecentMenu");
            Runnable fill = () -> {
                recentMenu.getItems().clear();
                for (Path p : recent.files()) {
                    MenuItem item = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
                    item.setMnemonicParsing(false);
                    item.setOnAction(e -> openRecent.accept(p));
                    recentMenu.getItems().add(item);
                }
                recentMenu.setDisable(recent.files().isEmpty());
            };
            recent.files().addListener((ListChangeListener<Path>) c -> fill.run());
            fill.run();
            int at = indexOf(file, "openConfigMenuItem");
            file.getItems().add(at < 0 ? 0 : at + 1, recentMenu);
            int history = indexOf(file, "exportHistoryMenuItem");
            int where = history < 0 ? file.getItems().size() : history + 1;
            for (ScriptFramework f : ScriptFramework.values()) {
                MenuItem item = new MenuItem("Export as _" + f.displayName() + " script…");
                item.setId("export" + f.displayName() + "MenuItem");
                item.setOnAction(e -> scripts.export(f));
                file.getItems().add(where++, item);
            }
        }
        ViewMenu view = new ViewMenu(appearance);
        int helpAt = help == null ? -1 : bar.getMenus().indexOf(help);
        bar.getMenus().add(helpAt < 0 ? bar.getMenus().size() : helpAt, view);
        if (help != null) {
            MenuItem glossaryItem = new MenuItem("_Glossary");
            glossaryItem.setId("glossaryMenuItem");
            glossaryItem.setAccelerator(new KeyCodeCombination(KeyCode.F1));
            // at the term of the form field being edited, if it has one
            glossaryItem.setOnAction(e -> glossary.show(bar.getScene() == null ? GlossaryTerm.EPOCH
                    : HelpLinks.termAt(bar.getScene().getFocusOwner()).orElse(GlossaryTerm.EPOCH)));
            help.getItems().add(0, glossaryItem);
            help.getItems().add(1, new SeparatorMenuItem());
        }
    }

    private static Menu menu(MenuBar bar, String text) {
        return bar.getMenus().stream().filter(m -> text.equals(m.getText())).findFirst().orElse(null);
    }

    private static int indexOf(Menu menu, String id) {
        for (int i = 0; i < menu.getItems().size(); i++) {
            if (id.equals(menu.getItems().get(i).getId())) {
                return i;
            }
        }
        return -1;
    }
}
