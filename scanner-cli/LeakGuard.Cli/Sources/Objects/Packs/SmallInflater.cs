using System;
using System.Buffers.Binary;
using System.Linq;
using System.Runtime.CompilerServices;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// Inflates the zlib data of a small pack entry (a tree, a commit, a delta) in managed code. Most entries of a history
/// are a few hundred bytes, and for them zlib's set-up costs more than the inflating: System.IO.Compression creates a
/// native stream for each (its state and window allocated and freed, a SafeHandle, a rented buffer: 0.5 to 1.7 µs an
/// entry, measured), and cannot reset one for the next entry as git does with <c>inflateReset</c>. Decoding follows
/// RFC 1950/1951 as zlib's <c>puff.c</c> does, with a lookup table for the short codes of each alphabet (most of its
/// symbols). Anything it cannot inflate exactly (input cut short by the pack's read window, malformed data, a wrong
/// checksum) it leaves to <see cref="System.IO.Compression.ZLibStream"/>, which says what is wrong.
/// </summary>
internal static class SmallInflater
{
    /// <summary>Entries inflating to more than this go to zlib, whose per-byte speed then outweighs its set-up.</summary>
    public const int MaxOutput = 512;

    /// <summary>How long a code each alphabet's lookup table reaches: a longer one is read a bit at a time.</summary>
    private const int LengthTableBits = 9;
    private const int DistanceTableBits = 7;
    private const int CodeLengthTableBits = 7;

    private const int MaxCodeBits = 15;
    private const int LengthCodes = 288;
    private const int DistanceCodes = 30;

    private static readonly ushort[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly byte[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly ushort[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly byte[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    /// <summary>The order in which a dynamic block gives the lengths of the code-length code.</summary>
    private static readonly byte[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>Every 9-bit value with its bits in reverse order (declared before the fixed codes, which are built with it).</summary>
    private static readonly ushort[] Reversed = Enumerable.Range(0, 1 << LengthTableBits).Select(ReverseBits).ToArray();

    private static readonly Huffman FixedLengths = Huffman.Fixed(LengthTableBits, LengthCodes, s => s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8);

    /// <summary>32 codes of 5 bits, the last two of which stand for no distance: a complete code, unlike the 30 used.</summary>
    private static readonly Huffman FixedDistances = Huffman.Fixed(DistanceTableBits, 32, _ => 5);

    [ThreadStatic]
    private static Scratch? scratch;

    /// <summary>
    /// Inflates <paramref name="input"/>, zlib data, into exactly <paramref name="output"/>; false, with
    /// <paramref name="output"/> in any state, when the data does not inflate to exactly that many bytes with a good checksum
    /// from within <paramref name="input"/>.
    /// </summary>
    public static bool TryInflate(ReadOnlySpan<byte> input, Span<byte> output)
    {
        var bits = new BitReader(input);
        var header = bits.Take(16);
        var (method, flags) = (header & 0xFF, header >> 8);
        if ((method & 0x0F) != 8 || (method >> 4) > 7 || ((method << 8) | flags) % 31 != 0 || (flags & 0x20) != 0)
        {
            return false;
        }

        var work = scratch ??= new Scratch();
        var written = 0;
        bool last;
        do
        {
            last = bits.Take(1) == 1;
            var ok = bits.Take(2) switch
            {
                0 => Stored(ref bits, output, ref written),
                1 => Codes(ref bits, FixedLengths, FixedDistances, output, ref written),
                2 => Dynamic(ref bits, work) && Codes(ref bits, work.Lengths, work.Distances, output, ref written),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }
        while (!last);

        bits.AlignToByte();
        var checksum = 0u;
        for (var i = 0; i < 4; i++)
        {
            checksum = (checksum << 8) | (uint)bits.Take(8);
        }

        return written == output.Length && !bits.Overran && checksum == Adler32(output);
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        while (!data.IsEmpty)
        {
            // 5552 bytes is the most that can be summed before b might overflow 32 bits.
            var chunk = data[..Math.Min(data.Length, 5552)];
            foreach (var value in chunk)
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[chunk.Length..];
        }

        return (b << 16) | a;
    }

    /// <summary>Deflate sends a code's bits first bit first, so the tables are indexed by codes reversed.</summary>
    private static ushort ReverseBits(int value)
    {
        var reversed = 0;
        for (var i = 0; i < LengthTableBits; i++, value >>= 1)
        {
            reversed = (reversed << 1) | (value & 1);
        }

        return (ushort)reversed;
    }

    private static bool Stored(ref BitReader bits, Span<byte> output, ref int written)
    {
        bits.AlignToByte();
        var length = bits.Take(16);
        if ((length ^ bits.Take(16)) != 0xFFFF || length > output.Length - written)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            output[written++] = (byte)bits.Take(8);
        }

        return !bits.Overran;
    }

    private static bool Dynamic(ref BitReader bits, Scratch work)
    {
        var lengthCount = bits.Take(5) + 257;
        var distanceCount = bits.Take(5) + 1;
        var codeLengthCount = bits.Take(4) + 4;
        if (lengthCount > 286 || distanceCount > DistanceCodes)
        {
            return false;
        }

        var lengths = work.CodeLengths.AsSpan(0, CodeLengthOrder.Length);
        lengths.Clear();
        for (var i = 0; i < codeLengthCount; i++)
        {
            lengths[CodeLengthOrder[i]] = (byte)bits.Take(3);
        }

        if (!work.CodeLengthCode.Build(lengths))
        {
            return false;
        }

        var all = work.CodeLengths.AsSpan(0, lengthCount + distanceCount);
        for (var i = 0; i < all.Length;)
        {
            var symbol = work.CodeLengthCode.Decode(ref bits);
            if (symbol < 16)
            {
                all[i++] = (byte)symbol;
                continue;
            }

            var (value, repeat) = symbol switch
            {
                16 when i > 0 => (all[i - 1], 3 + bits.Take(2)),
                17 => ((byte)0, 3 + bits.Take(3)),
                18 => ((byte)0, 11 + bits.Take(7)),
                _ => ((byte)0, -1),
            };
            if (repeat < 0 || i + repeat > all.Length)
            {
                return false;
            }

            all.Slice(i, repeat).Fill(value);
            i += repeat;
        }

        // A block without an end-of-block code could never end.
        return !bits.Overran && all[256] != 0 && work.Lengths.Build(all[..lengthCount]) && work.Distances.Build(all[lengthCount..]);
    }

    private static bool Codes(ref BitReader bits, Huffman lengths, Huffman distances, Span<byte> output, ref int written)
    {
        while (true)
        {
            var symbol = lengths.Decode(ref bits);
            if (symbol < 256)
            {
                if (symbol < 0 || written == output.Length)
                {
                    return false;
                }

                output[written++] = (byte)symbol;
                continue;
            }

            if (symbol == 256)
            {
                return !bits.Overran;
            }

            symbol -= 257;
            if (symbol >= LengthBase.Length)
            {
                return false;
            }

            var length = LengthBase[symbol] + bits.Take(LengthExtra[symbol]);
            var code = distances.Decode(ref bits);
            if (code < 0 || code >= DistanceBase.Length)
            {
                return false;
            }

            var distance = DistanceBase[code] + bits.Take(DistanceExtra[code]);
            if (distance > written || length > output.Length - written || bits.Overran)
            {
                return false;
            }

            // Byte by byte: a copy may overlap what it writes (a distance shorter than its length repeats a pattern).
            for (var from = written - distance; length > 0; length--)
            {
                output[written++] = output[from++];
            }
        }
    }

    /// <summary>The codes of one block's alphabet: a table for its short codes, and the canonical counts for longer ones.</summary>
    private sealed class Huffman(int tableBits)
    {
        private readonly ushort[] table = new ushort[1 << tableBits];
        private readonly short[] counts = new short[MaxCodeBits + 1];
        private readonly short[] symbols = new short[LengthCodes];
        private readonly short[] offsets = new short[MaxCodeBits + 2];

        public static Huffman Fixed(int tableBits, int symbols, Func<int, int> lengthOf)
        {
            var lengths = new byte[symbols];
            for (var s = 0; s < symbols; s++)
            {
                lengths[s] = (byte)lengthOf(s);
            }

            var code = new Huffman(tableBits);
            return code.Build(lengths) ? code : throw new InvalidOperationException("the fixed codes are complete");
        }

        /// <summary>Builds the code from each symbol's code length (0: unused); false for a set of lengths that is no complete code.</summary>
        public bool Build(ReadOnlySpan<byte> lengths)
        {
            Array.Clear(counts);
            foreach (var length in lengths)
            {
                counts[length]++;
            }

            var left = 1;
            for (var length = 1; length <= MaxCodeBits; length++)
            {
                left = (left << 1) - counts[length];
                if (left < 0)
                {
                    return false;
                }
            }

            // zlib's encoder always makes complete codes (it sends two distance codes where one is used); an incomplete
            // one is left to zlib.
            if (left != 0)
            {
                return false;
            }

            offsets[1] = 0;
            for (var length = 1; length <= MaxCodeBits; length++)
            {
                offsets[length + 1] = (short)(offsets[length] + counts[length]);
            }

            for (var s = 0; s < lengths.Length; s++)
            {
                if (lengths[s] != 0)
                {
                    symbols[offsets[lengths[s]]++] = (short)s;
                }
            }

            // Every slot is written: a complete code's short codes cover the table, but for the first bits of its long codes.
            int code = 0, index = 0;
            for (var length = 1; length <= MaxCodeBits; length++)
            {
                for (var k = 0; k < counts[length]; k++, code++)
                {
                    var symbol = symbols[index++];
                    if (length > tableBits)
                    {
                        table[Reversed[code >> (length - tableBits)] >> (LengthTableBits - tableBits)] = 0;
                        continue;
                    }

                    var entry = (ushort)((symbol << 4) | length);
                    for (var slot = Reversed[code] >> (LengthTableBits - length); slot < table.Length; slot += 1 << length)
                    {
                        table[slot] = entry;
                    }
                }

                code <<= 1;
            }

            return true;
        }

        /// <summary>The next symbol, or -1 when the bits are no code.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Decode(ref BitReader bits)
        {
            var entry = table[bits.Peek(tableBits)];
            if (entry == 0)
            {
                return DecodeLong(ref bits);
            }

            bits.Drop(entry & 0x0F);
            return entry >> 4;
        }

        /// <summary>A code longer than the table's reach, read a bit at a time as <c>puff.c</c> does.</summary>
        private int DecodeLong(ref BitReader bits)
        {
            int code = 0, first = 0, index = 0;
            for (var length = 1; length <= MaxCodeBits; length++)
            {
                code |= bits.Take(1);
                var count = counts[length];
                if (code - count < first)
                {
                    return symbols[index + (code - first)];
                }

                index += count;
                first = (first + count) << 1;
                code <<= 1;
            }

            return -1;
        }

    }

    /// <summary>What one thread reuses from entry to entry: the dynamic codes and the lengths they are built from.</summary>
    private sealed class Scratch
    {
        public Huffman CodeLengthCode { get; } = new(CodeLengthTableBits);

        public Huffman Lengths { get; } = new(LengthTableBits);

        public Huffman Distances { get; } = new(DistanceTableBits);

        public byte[] CodeLengths { get; } = new byte[286 + DistanceCodes];
    }

    /// <summary>
    /// Reads bits first bit first from the low end of each byte, as deflate packs them. Past the end of the input it reads
    /// zeros and marks <see cref="Overran"/>: the caller checks it before trusting what it decoded.
    /// </summary>
    private ref struct BitReader(ReadOnlySpan<byte> input)
    {
        private readonly ReadOnlySpan<byte> input = input;
        private int position;
        private ulong buffer;
        private int count;

        /// <summary>Whether any bit taken so far lay beyond the input.</summary>
        public readonly bool Overran => position - (count >> 3) > input.Length;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Peek(int bits)
        {
            if (count < bits)
            {
                Fill();
            }

            return (int)(buffer & ((1UL << bits) - 1));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Drop(int bits)
        {
            buffer >>= bits;
            count -= bits;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Take(int bits)
        {
            var value = Peek(bits);
            Drop(bits);
            return value;
        }

        public void AlignToByte() => Drop(count & 7);

        private void Fill()
        {
            if (position + sizeof(ulong) <= input.Length)
            {
                // Eight bytes at once; as many whole bytes as fit are kept (the rest are read again next time).
                buffer |= BinaryPrimitives.ReadUInt64LittleEndian(input[position..]) << count;
                position += (63 - count) >> 3;
                count |= 56;
                return;
            }

            while (count <= 56)
            {
                buffer |= (ulong)(position < input.Length ? input[position] : 0) << count;
                position++;
                count += 8;
            }
        }
    }
}
