package org.coproduction.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids seen so far in a table, each with the line it was first seen on, to find an id given twice. Exact
 * (ids are compared in full, never by hash alone) and compact, since a large table has millions of ids: each
 * id takes its UTF-8 bytes plus 8 in blocks of 256 KiB, and 12 to 24 bytes in a hash table of positions (36
 * while the table doubles), so 2.3 million ids of 7 characters take about 70 MB and 11.7 million about 350 MB. The memory grows with the number of ids, not with the
 * rest of each row.
 */
final class SeenIds {

    /**
     * 256 KiB: under half of Java's smallest heap region (1 MiB), so that a block is an ordinary object and not
     * a "humongous" one, which would take two whole regions.
     */
    private static final int BLOCK = 1 << 18;

    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] block = new byte[0];
    private int used;
    /**
     * Where each id is stored, plus one (0 is an empty slot): 16 bits of the id's hash, so that most slots of
     * other ids are passed over without comparing bytes, then 16 bits of block index and 32 of offset.
     */
    private long[] slots = new long[1024];
    private int size;

    /**
     * Adds an id seen on a line.
     *
     * @param id  the id, not null
     * @param line  the line it is on
     * @return the line it was first seen on, or 0 if it is new
     */
    int add(String id, int line) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        int hash = hash(key, 0, key.length);
        long tag = tag(hash);
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                slots[i] = (tag | store(key, line)) + 1;
                if (++size * 3 > slots.length * 2) {
                    grow();
                }
                return 0;
            }
            if ((slot - 1 & TAG) != tag) {
                continue;
            }
            byte[] in = blocks.get(block(slot));
            int at = (int) (slot - 1);
            if (length(in, at) == key.length && equal(in, at + 8, key)) {
                return readInt(in, at);
            }
        }
    }

    /**
     * How many different ids were seen.
     *
     * @return the count
     */
    int size() {
        return size;
    }

    /** Stores the line, the length and the bytes; returns where. */
    private long store(byte[] key, int line) {
        int needed = key.length + 8;
        if (block.length - used < needed) {
            block = new byte[Math.max(BLOCK, needed)];
            blocks.add(block);
            used = 0;
        }
        long at = ((long) (blocks.size() - 1) << 32) | used;
        writeInt(block, used, line);
        writeInt(block, used + 4, key.length);
        System.arraycopy(key, 0, block, used + 8, key.length);
        used += needed;
        return at;
    }

    private static final long TAG = 0xFFFFL << 48;

    /** The hash's top 16 bits in the slot's top 16 (the table's position uses the low bits). */
    private static long tag(int hash) {
        return ((long) (hash >>> 16)) << 48;
    }

    private static int block(long slot) {
        return (int) ((slot - 1) >>> 32 & 0xFFFF);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                byte[] in = blocks.get(block(slot));
                int at = (int) (slot - 1);
                int i = hash(in, at + 8, length(in, at)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }

    private static int length(byte[] in, int at) {
        return readInt(in, at + 4);
    }

    private static boolean equal(byte[] in, int from, byte[] key) {
        return java.util.Arrays.equals(in, from, from + key.length, key, 0, key.length);
    }

    /** FNV-1a over the bytes, then mixed (MurmurHash3's finaliser) so that the low bits spread. */
    private static int hash(byte[] bytes, int from, int length) {
        int h = 0x811C9DC5;
        for (int i = from; i < from + length; i++) {
            h = (h ^ (bytes[i] & 0xFF)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    private static int readInt(byte[] in, int at) {
        return (in[at] & 0xFF) << 24 | (in[at + 1] & 0xFF) << 16 | (in[at + 2] & 0xFF) << 8 | (in[at + 3] & 0xFF);
    }

    private static void writeInt(byte[] out, int at, int value) {
        out[at] = (byte) (value >>> 24);
        out[at + 1] = (byte) (value >>> 16);
        out[at + 2] = (byte) (value >>> 8);
        out[at + 3] = (byte) value;
    }
}
