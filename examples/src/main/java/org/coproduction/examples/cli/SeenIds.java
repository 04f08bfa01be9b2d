package org.coproduction.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids seen so far in a table, each with the line it was first seen on, to find an id given twice. Exact
 * (ids are compared in full, never by hash alone) and compact, since a large table has millions of ids: each
 * id takes its UTF-8 bytes plus 5 in blocks of 256 KiB, and 7 to 13 bytes in a hash table of positions (up
 * to 20 while the table doubles). 2.3 million ids of 7 characters take about 50 MB, 12 million about 300 MB.
 * The memory grows with the number of ids, never with the rest of each row. Ids longer than
 * {@value #LONG} bytes, which no real table has, are kept apart in a plain map.
 */
final class SeenIds {

    /**
     * 256 KiB: under half of Java's smallest heap region (1 MiB), so that a block is an ordinary object and not
     * a "humongous" one, which would take two whole regions.
     */
    private static final int BLOCK = 1 << 18;
    private static final int LONG = 1024;

    private final List<byte[]> blocks = new ArrayList<>();
    private final Map<String, Integer> longIds = new HashMap<>();
    private byte[] block = new byte[0];
    private int used;
    /** Where each id is stored in the blocks, plus one (0 is an empty slot): block index · BLOCK + offset. */
    private int[] slots = new int[1024];
    /** Eight bits of each slot's hash, so that most other ids are passed over without reading their bytes. */
    private byte[] tags = new byte[1024];
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
        if (key.length > LONG) {
            Integer first = longIds.putIfAbsent(id, line);
            return first == null ? 0 : first;
        }
        int mask = slots.length - 1;
        int hash = hash(key, 0, key.length);
        byte tag = (byte) (hash >>> 24);
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                slots[i] = store(key, line) + 1;
                tags[i] = tag;
                if (++size * 4 > slots.length * 3) {
                    grow();
                }
                return 0;
            }
            if (tags[i] == tag && equal(slot - 1, key)) {
                return readInt(blocks.get((slot - 1) / BLOCK), (slot - 1) % BLOCK);
            }
        }
    }

    /**
     * How many different ids were seen.
     *
     * @return the count
     */
    int size() {
        return size + longIds.size();
    }

    /** Stores the line, the length (one byte up to 127, else two) and the bytes; returns where. */
    private int store(byte[] key, int line) {
        int needed = key.length + 6;
        if (block.length - used < needed) {
            if ((long) blocks.size() * BLOCK + BLOCK >= Integer.MAX_VALUE) {
                throw new IllegalStateException("more project ids than can be checked for repeats (2 GiB of ids)");
            }
            block = new byte[BLOCK];
            blocks.add(block);
            used = 0;
        }
        int at = (blocks.size() - 1) * BLOCK + used;
        writeInt(block, used, line);
        used += 4;
        if (key.length < 128) {
            block[used++] = (byte) key.length;
        } else {
            block[used++] = (byte) (0x80 | key.length >>> 7);
            block[used++] = (byte) (key.length & 0x7F);
        }
        System.arraycopy(key, 0, block, used, key.length);
        used += key.length;
        return at;
    }

    /** Whether the id stored at an address has these bytes. */
    private boolean equal(int address, byte[] key) {
        byte[] in = blocks.get(address / BLOCK);
        int at = address % BLOCK + 4;
        int length = length(in, at);
        int from = at + (length < 128 ? 1 : 2);
        return length == key.length && Arrays.equals(in, from, from + length, key, 0, length);
    }

    /** The length written at an offset: one byte below 128, else two of seven bits each. */
    private static int length(byte[] in, int at) {
        int first = in[at] & 0xFF;
        return first < 128 ? first : (first & 0x7F) << 7 | in[at + 1];
    }

    private void grow() {
        int[] oldSlots = slots;
        byte[] oldTags = tags;
        slots = new int[oldSlots.length * 2];
        tags = new byte[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                byte[] in = blocks.get((oldSlots[j] - 1) / BLOCK);
                int at = (oldSlots[j] - 1) % BLOCK + 4;
                int length = length(in, at);
                int i = hash(in, at + (length < 128 ? 1 : 2), length) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                tags[i] = oldTags[j];
            }
        }
    }

    /** FNV-1a over the bytes, then mixed (MurmurHash3's finaliser) so that low and high bits both spread. */
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
