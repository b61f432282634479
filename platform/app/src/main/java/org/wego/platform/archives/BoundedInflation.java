package org.wego.platform.archives;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.LongSupplier;

/**
 * Inflates the entries of one zip archive within caps, whatever zip reader the caller uses: each
 * entry's declared sizes (the central directory's) are judged before a byte is inflated, then its
 * actual bytes while they are inflated, so a zip bomb stops after a few megabytes whatever it claims
 * and an archive that lies about its sizes is refused. One instance per archive: it adds up the
 * entries and bytes of the whole archive. Not thread-safe.
 */
public final class BoundedInflation {

    /**
     * What one archive may hold.
     *
     * @param maxInflated the bytes all entries together may inflate to
     * @param maxRatio inflated bytes per compressed byte of an entry
     * @param ratioGrace below this many inflated bytes an entry's ratio is not judged (a small part of
     *     repeated markup deflates very well)
     * @param maxEntries the entries the archive may have at all
     */
    public record Caps(long maxInflated, int maxRatio, long ratioGrace, int maxEntries) {}

    /** Which cap an archive passed. */
    public enum Breach {
        /** More entries than {@link Caps#maxEntries()}. */
        TOO_MANY_ENTRIES,
        /** More inflated bytes, declared or actual, than {@link Caps#maxInflated()}. */
        TOO_LARGE,
        /** An entry deflated more than {@link Caps#maxRatio()} times. */
        RATIO,
        /** An entry inflated to more than its declared size. */
        SIZE_MISMATCH
    }

    /** An archive refused by a cap. */
    public static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        private final Breach breach;

        Refused(Breach breach) {
            super("zip archive refused: " + breach);
            this.breach = breach;
        }

        /** The cap that was passed. */
        public Breach breach() {
            return breach;
        }
    }

    private final Caps caps;
    private int entries;
    private long declared;
    private long inflated;

    /** A fresh count for one archive. */
    public BoundedInflation(Caps caps) {
        this.caps = caps;
    }

    /** Counts one more entry of the archive, refused beyond {@link Caps#maxEntries()}. */
    public void entry() throws Refused {
        if (++entries > caps.maxEntries()) {
            throw new Refused(Breach.TOO_MANY_ENTRIES);
        }
    }

    /**
     * Judges an entry by what the central directory declares, before it is inflated.
     *
     * @param size the declared inflated size, negative when unknown
     * @param compressed the declared compressed size, negative when unknown
     */
    public void declared(long size, long compressed) throws Refused {
        if (size > caps.maxInflated() || (size > 0 && (declared += size) > caps.maxInflated())) {
            throw new Refused(Breach.TOO_LARGE);
        }
        if (tooCompressed(size, compressed)) {
            throw new Refused(Breach.RATIO);
        }
    }

    /**
     * Inflates one entry into {@code out} (e.g. {@link OutputStream#nullOutputStream()} to only check it),
     * refusing it as soon as it passes its declared size, the archive's total or the ratio.
     *
     * @param in the entry's inflating stream
     * @param size the declared inflated size, negative when unknown
     * @param compressedSoFar the compressed bytes read so far by {@code in} (or the entry's declared
     *     compressed size where the zip reader does not count them)
     * @param chunk told the size of each inflated chunk, e.g. to count it
     * @return the entry's inflated bytes
     */
    public long copy(InputStream in, long size, LongSupplier compressedSoFar, OutputStream out, Chunks chunk)
            throws IOException {
        byte[] buffer = new byte[8192];
        long entry = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            entry += n;
            inflated += n;
            chunk.inflated(n);
            if (size >= 0 && entry > size) {
                throw new Refused(Breach.SIZE_MISMATCH);
            }
            if (inflated > caps.maxInflated()) {
                throw new Refused(Breach.TOO_LARGE);
            }
            if (tooCompressed(entry, compressedSoFar.getAsLong())) {
                throw new Refused(Breach.RATIO);
            }
            out.write(buffer, 0, n);
        }
        return entry;
    }

    /** Told each inflated chunk's size. */
    @FunctionalInterface
    public interface Chunks {

        /** A chunk of {@code bytes} was inflated. */
        void inflated(int bytes);

        /** Tells nothing. */
        static Chunks none() {
            return bytes -> {};
        }
    }

    private boolean tooCompressed(long inflatedBytes, long compressed) {
        return inflatedBytes > caps.ratioGrace()
                && compressed >= 0
                && inflatedBytes > caps.maxRatio() * Math.max(compressed, 1);
    }
}
