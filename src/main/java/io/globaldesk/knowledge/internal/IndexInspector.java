package io.globaldesk.knowledge.internal;

import io.globaldesk.knowledge.IndexHealth;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;

import java.io.IOException;

/** Decides whether an index directory can be used as is, before a writer touches it. */
public final class IndexInspector {

    private IndexInspector() {
    }

    /**
     * Opening reads every segment's metadata and headers; {@code verifyChecksums} additionally reads every byte against
     * its checksum, which finds damage inside the data at the cost of a full read.
     */
    public static IndexHealth inspect(Directory directory, boolean verifyChecksums) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return IndexHealth.MISSING;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                if (verifyChecksums) {
                    for (LeafReaderContext leaf : reader.leaves()) {
                        leaf.reader().checkIntegrity();
                    }
                }
            }
            return IndexHealth.READY;
        } catch (IOException | RuntimeException e) {
            return IndexHealth.CORRUPT;
        }
    }

    /** Removes what is left of a damaged index so a fresh one can be created in its place. */
    public static void wipe(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            directory.deleteFile(file);
        }
    }
}
