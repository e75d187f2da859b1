package io.customerlens.transfer;

import java.io.Closeable;
import java.io.IOException;

/** Rows read one at a time from a file, so that the file is never held in memory whole. */
interface RowSource extends Closeable {

    /** @return the next row, or null at the end of the file */
    SourceRow next() throws IOException;

    /** @return how many bytes of the file have been read so far (a little ahead of the rows handed out) */
    long bytesRead();
}
