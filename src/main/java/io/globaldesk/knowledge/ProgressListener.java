package io.globaldesk.knowledge;

/** Told how far a rebuild of the index has come, so an admin page can show it. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (articles, finished) -> { };

    /** Called every few hundred articles and once more with {@code finished} true. */
    void progressed(long articlesIndexed, boolean finished);
}
