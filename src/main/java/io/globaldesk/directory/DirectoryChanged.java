package io.globaldesk.directory;

/** Agents or support centers changed; whoever keeps a picture of them (routing) reloads it. */
public record DirectoryChanged(String what) {
}
