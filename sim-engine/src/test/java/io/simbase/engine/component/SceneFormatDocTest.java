package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.schema.ComponentRegistry;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.schema.SceneFormatDoc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/scene-format.md} lists exactly the engine's registered component types, as
 * {@link SceneFormatDoc} generates them from the one source (each type's declaration).
 */
class SceneFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "scene-format.md");

    @Test
    void theDocumentedTypesAreTheRegisteredOnes() throws Exception {
        List<ComponentType> types = new StandardComponents().componentTypes();
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        assertEquals(SceneFormatDoc.section(types), SceneFormatDoc.currentSection(text),
                "docs/scene-format.md is out of date: run io.simbase.engine.schema.SceneFormatDoc (see the doc)");
        for (ComponentType t : types) {
            assertTrue(text.contains("| `" + t.name() + "` |"), t.name());
        }
    }

    @Test
    void everyStandardTypeIsInstalled() {
        for (ComponentType t : new StandardComponents().componentTypes()) {
            assertEquals(t, ComponentRegistry.installed().find(t.name()), t.name());
        }
    }
}
