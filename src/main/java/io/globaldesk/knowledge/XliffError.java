package io.globaldesk.knowledge;

/** One reason an XLIFF document was refused; {@code fileId} and {@code unitId} are null where the problem lies above them. */
public record XliffError(String fileId, String unitId, int line, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder("line ").append(line);
        if (fileId != null) {
            where.append(", file ").append(fileId);
        }
        if (unitId != null) {
            where.append(", unit ").append(unitId);
        }
        return where + ": " + message;
    }
}
