using System;
using System.Collections.Generic;
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
        var written = 0;
        var instructions = new Instructions(delta, source.Length, result.Length);
        while (instructions.Next(out var op))
        {
            if (op.IsCopy)
            {
                if (op.Offset + op.Size > source.Length)
                {
                    throw new InvalidDataException("delta copies outside its base");
                }

                source.Slice((int)op.Offset, op.Size).CopyTo(result[written..]);
            }
            else
            {
                delta.Slice(op.InsertAt, op.Size).CopyTo(result[written..]);
            }

            written += op.Size;
        }

        if (written != result.Length)
        {
            throw new InvalidDataException("delta result shorter than its header says");
        }
    }

    /// <summary>
    /// The ranges of the result that are new: inserted bytes, and the empty range where two copies that were not
    /// neighbours in the base meet. Everything else was copied whole from the base.
    /// </summary>
    public static List<(int Start, int End)> NewRanges(ReadOnlySpan<byte> delta)
    {
        var at = 0;
        var sourceLength = ReadSize(delta, ref at);
        var instructions = new Instructions(delta, sourceLength, ReadSize(delta, ref at));
        var ranges = new List<(int Start, int End)>();
        var written = 0;
        long copiedUpTo = 0;
        while (instructions.Next(out var op))
        {
            if (!op.IsCopy)
            {
                ranges.Add((written, written + op.Size));
            }
            else if (op.Offset != copiedUpTo)
            {
                ranges.Add((written, written));
            }

            copiedUpTo = op.IsCopy ? op.Offset + op.Size : -1;
            written += op.Size;
        }

        return ranges;
    }

    /// <summary>The delta's copies, in result order: where in the result each one lands, where in the base it comes from, and how long it is.</summary>
    public static void Copies(ReadOnlySpan<byte> delta, List<(int Target, long Source, int Length)> copies)
    {
        copies.Clear();
        var at = 0;
        var sourceLength = ReadSize(delta, ref at);
        var instructions = new Instructions(delta, sourceLength, ReadSize(delta, ref at));
        var written = 0;
        while (instructions.Next(out var op))
        {
            if (op.IsCopy)
            {
                copies.Add((written, op.Offset, op.Size));
            }

            written += op.Size;
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

    /// <summary>One instruction: copy <see cref="Size"/> bytes from the base at <see cref="Offset"/>, or insert them from the delta at <see cref="InsertAt"/>.</summary>
    private readonly record struct Instruction(bool IsCopy, long Offset, int Size, int InsertAt);

    /// <summary>Reads a delta's instructions after checking its two size headers; checks that no instruction writes past the result.</summary>
    private ref struct Instructions
    {
        private readonly ReadOnlySpan<byte> delta;
        private readonly long resultLength;
        private int at;
        private long written;

        public Instructions(ReadOnlySpan<byte> delta, long sourceLength, long resultLength)
        {
            this.delta = delta;
            this.resultLength = resultLength;
            if (ReadSize(delta, ref at) != sourceLength || ReadSize(delta, ref at) != resultLength)
            {
                throw new InvalidDataException("delta size mismatch");
            }
        }

        public bool Next(out Instruction instruction)
        {
            instruction = default;
            if (at >= delta.Length)
            {
                return false;
            }

            var op = delta[at++];
            if ((op & 0x80) != 0)
            {
                long offset = 0;
                var size = 0;
                for (var bit = 0; bit < 4; bit++)
                {
                    if ((op & (1 << bit)) != 0)
                    {
                        offset |= (long)DeltaPatch.Next(delta, ref at) << (8 * bit);
                    }
                }

                for (var bit = 0; bit < 3; bit++)
                {
                    if ((op & (0x10 << bit)) != 0)
                    {
                        size |= DeltaPatch.Next(delta, ref at) << (8 * bit);
                    }
                }

                instruction = new Instruction(true, offset, size == 0 ? 0x10000 : size, 0);
            }
            else if (op != 0)
            {
                if (at + op > delta.Length)
                {
                    throw new InvalidDataException("delta inserts past its end");
                }

                instruction = new Instruction(false, 0, op, at);
                at += op;
            }
            else
            {
                throw new InvalidDataException("reserved delta instruction");
            }

            written += instruction.Size;
            return written <= resultLength ? true : throw new InvalidDataException("delta writes past its result");
        }
    }
}
