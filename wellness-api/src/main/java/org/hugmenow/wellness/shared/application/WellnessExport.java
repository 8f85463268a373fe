package org.hugmenow.wellness.shared.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hugmenow.platform.me.PersonalData.ExportFiles;

/**
 * How every wellness feature writes its part of "my data": files under {@code wellness/}, JSON
 * pretty-printed, so the export reads the same whichever feature wrote a file.
 */
public final class WellnessExport {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private WellnessExport() {
    }

    public static void json(ExportFiles files, String name, Object value) throws IOException {
        file(files, name, JSON.toJson(value).getBytes(StandardCharsets.UTF_8));
    }

    public static void file(ExportFiles files, String name, byte[] content) throws IOException {
        files.add("wellness/" + name, content);
    }
}
