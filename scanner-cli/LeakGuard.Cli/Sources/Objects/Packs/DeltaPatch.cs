using System;
using System.IO;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// Applies a git delta: the base's size and the result's size as varints, then instructions that either copy a range
/// of the base or insert literal bytes. Every range is checked, so a corrupt delta throws <see cref="InvalidDataException"/>.
/// </summary>
internal static class DeltaPatch
{
    /// <summary>The size of the object a delta produces, read from its header.</summary>
    public static long ResultSize(ReadOnlySpan<byte> delta)
    {
        var at = 0;
        ReadSize(delta, ref at);
        return ReadSize(delta, ref at);
    }

    public static byte[] Apply(ReadOnlySpan<byte> source, ReadOnlySpan<byte> delta)
    {
        var result = GC.AllocateUninitializedArray<byte>(checked((int)ResultSize(delta)));
        Apply(source, delta, result);
        return result;
    }

    /// <summary>Writes the delta's result into <paramref name="result"/>, which must be exactly <see cref="ResultSize"/> long.</summary>
    public static void Apply(ReadOnlySpan<byte> source, ReadOnlySpan<byte> delta, Span<byte> result)
    {
        var at = 0;
        if (ReadSize(delta, ref at) != source.Length || ReadSize(delta, ref at) != result.Length)
        {
            throw new InvalidDataException("delta size mismatch");
        }

        var written = 0;
        while (at < delta.Length)
        {
            var op = delta[at++];
            if ((op & 0x80) != 0)
            {
                long offset = 0;
                var size = 0;
                for (var bit = 0; bit < 4; bit++)
                {
                    if ((op & (1 << bit)) != 0)
                    {
                        offset |= (long)Next(delta, ref at) << (8 * bit);
                    }
                }

                for (var bit = 0; bit < 3; bit++)
                {
                    if ((op & (0x10 << bit)) != 0)
                    {
                        size |= Next(delta, ref at) << (8 * bit);
                    }
                }

                size = size == 0 ? 0x10000 : size;
                if (offset + size > source.Length || written + size > result.Length)
                {
                    throw new InvalidDataException("delta copies outside its base");
                }

                source.Slice((int)offset, size).CopyTo(result[written..]);
                written += size;
            }
            else if (op != 0)
            {
                if (at + op > delta.Length || written + op > result.Length)
                {
                    throw new InvalidDataException("delta inserts past its end");
                }

                delta.Slice(at, op).CopyTo(result[written..]);
                at += op;
                written += op;
            }
            else
            {
                throw new InvalidDataException("reserved delta instruction");
            }
        }

        if (written != result.Length)
        {
            throw new InvalidDataException("delta result shorter than its header says");
        }
    }

    private static long ReadSize(ReadOnlySpan<byte> delta, ref int at)
    {
        long size = 0;
        var shift = 0;
        byte next;
        do
        {
            next = Next(delta, ref at);
            size |= (long)(next & 0x7F) << shift;
            shift += 7;
        }
        while ((next & 0x80) != 0 && shift < 63);

        return size;
    }

    private static byte Next(ReadOnlySpan<byte> delta, ref int at) =>
        at < delta.Length ? delta[at++] : throw new InvalidDataException("truncated delta");
}
