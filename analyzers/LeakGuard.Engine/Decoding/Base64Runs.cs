using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
#if NET
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Text = System.ReadOnlySpan<char>;
#else
using Text = string;
#endif

namespace LeakGuard.Engine.Decoding;

/// <summary>
/// Finds runs of base64 (standard or URL-safe) that decode to text, as in Kubernetes Secret <c>data:</c> values and
/// Docker <c>config.json</c> <c>auth</c> values. Binary blobs (images, hashes) are rejected after decoding one block.
/// </summary>
internal static class Base64Runs
{
    public const int MinimumLength = 16;

    /// <summary>Longer runs are embedded files, not credentials; decoding them would cost more than it finds.</summary>
    public const int MaximumLength = 16 * 1024;

    private const int ProbeLength = 64;

    public static IEnumerable<EncodedRun> Find(string text, DecodeBudget budget)
    {
        var i = 0;
        while (!budget.IsSpent && NextRun(text, ref i, out var start, out var length))
        {
            var decoded = Decode(text, start, length, budget);
            if (decoded is not null)
            {
                yield return new EncodedRun("base64", start, i - start, decoded, null);
            }
        }
    }

#if NET
    /// <summary>Whether <see cref="Find"/> would find a run in <paramref name="text"/>; decodes no more than it must to tell.</summary>
    public static bool Any(ReadOnlySpan<char> text, DecodeBudget budget)
    {
        var i = 0;
        while (!budget.IsSpent && NextRun(text, ref i, out var start, out var length))
        {
            if (Decode(text, start, length, budget) is not null)
            {
                return true;
            }
        }

        return false;
    }

#endif
    /// <summary>
    /// Finds the next run of base64 characters at or after <paramref name="i"/> that is long enough and does not
    /// continue a word; <paramref name="i"/> moves past it and its padding.
    /// </summary>
    private static bool NextRun(Text text, ref int i, out int start, out int length)
    {
        while ((start = LongRunAt(text, i)) < text.Length)
        {
            var bodyEnd = start + MinimumLength;
            while (bodyEnd < text.Length && IsBase64(text[bodyEnd]))
            {
                bodyEnd++;
            }

            i = bodyEnd;
            while (i < text.Length && i - bodyEnd < 2 && text[i] == '=')
            {
                i++;
            }

            length = bodyEnd - start;
            if (length <= MaximumLength && (start == 0 || !IsWordChar(text[start - 1])))
            {
                return true;
            }
        }

        length = 0;
        return false;
    }

    /// <summary>
    /// Where the first run of at least <see cref="MinimumLength"/> base64 characters at or after <paramref name="i"/>
    /// starts (counting a run under way at <paramref name="i"/> from there), or the text's length if there is none.
    /// </summary>
    internal static int LongRunAt(Text text, int i)
    {
#if NET
        if (Vector128.IsHardwareAccelerated)
        {
            return LongRunAtVectorized(text, i);
        }
#endif
        return LongRunAtScalar(text, i);
    }

    /// <summary>
    /// A run of <see cref="MinimumLength"/> characters that starts in [i, probe] must cover probe: when probe is no
    /// base64 character the whole window is skipped, so ordinary prose is passed over 16 characters at a time.
    /// </summary>
    [MethodImpl(Tiering.SkipToOptimized)]
    internal static int LongRunAtScalar(Text text, int i)
    {
        while (i + MinimumLength <= text.Length)
        {
            var probe = i + MinimumLength - 1;
            if (!IsBase64(text[probe]))
            {
                i = probe + 1;
                continue;
            }

            var start = probe;
            while (start > i && IsBase64(text[start - 1]))
            {
                start--;
            }

            var end = probe + 1;
            while (end < text.Length && end - start < MinimumLength && IsBase64(text[end]))
            {
                end++;
            }

            if (end - start >= MinimumLength)
            {
                return start;
            }

            i = end;
        }

        return text.Length;
    }

#if NET
    /// <summary>
    /// Tests 32 characters at a time into a bit mask, one bit a character: code is mostly identifiers, which are base64
    /// characters, so skipping by probes rarely skips. A run of 16 is 16 set bits in a row, within a mask or carried
    /// over from the masks before it.
    /// </summary>
    [MethodImpl(Tiering.SkipToOptimized)]
    private static int LongRunAtVectorized(Text text, int i)
    {
        ref var characters = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var carried = 0;
        for (; i + 32 <= text.Length; i += 32)
        {
            var mask = Base64Mask(ref characters, i) | (Base64Mask(ref characters, i + 8) << 8) | (Base64Mask(ref characters, i + 16) << 16) | (Base64Mask(ref characters, i + 24) << 24);
            if (carried + BitOperations.TrailingZeroCount(~mask) >= MinimumLength)
            {
                return i - carried;
            }

            var within = mask & (mask >> 1);
            within &= within >> 2;
            within &= within >> 4;
            within &= within >> 8;
            if (within != 0)
            {
                return i + BitOperations.TrailingZeroCount(within);
            }

            carried = BitOperations.LeadingZeroCount(~mask);
        }

        return LongRunAtScalar(text, i - carried);
    }

    /// <summary>One bit for each of the 8 characters from <paramref name="at"/>: set for a base64 character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Base64Mask(ref ushort characters, int at)
    {
        var c = Vector128.LoadUnsafe(ref characters, (nuint)at);
        var letter = Vector128.LessThan((c | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
        var digit = Vector128.LessThan(c - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
        var symbol = Vector128.Equals(c, Vector128.Create((ushort)'+')) | Vector128.Equals(c, Vector128.Create((ushort)'/'))
            | Vector128.Equals(c, Vector128.Create((ushort)'-')) | Vector128.Equals(c, Vector128.Create((ushort)'_'));
        return (letter | digit | symbol).ExtractMostSignificantBits();
    }
#endif

    private static string? Decode(Text text, int start, int length, DecodeBudget budget)
    {
        if (!MayBeText(text, start, Math.Min(length, ProbeLength)))
        {
            return null;
        }

        // A last character that would carry no whole byte is left out; what is left is never one more than a multiple of 4.
        var usable = length - (length % 4 == 1 ? 1 : 0);
        var probeBytes = Bytes(text, start, Math.Min(usable, ProbeLength));
        if (!Printable.MayBeMostlyPrintable(probeBytes))
        {
            return null;
        }

        var probe = Encoding.UTF8.GetString(probeBytes);
        if (!Printable.IsMostlyPrintable(probe))
        {
            return null;
        }

        var decoded = usable <= ProbeLength ? probe : Encoding.UTF8.GetString(Bytes(text, start, usable));
        if (!budget.TrySpend(decoded.Length) || !Printable.IsMostlyPrintable(decoded))
        {
            return null;
        }

        return decoded;
    }

    /// <summary>
    /// Decodes without <see cref="System.Convert.FromBase64String(string)"/>: most runs are identifiers or hashes that
    /// are not base64 at all, and an exception for each would cost more than the whole scan.
    /// </summary>
    private static byte[] Bytes(Text text, int start, int length)
    {
        var bytes = new byte[length * 3 / 4];
        var written = 0;
        var bits = 0;
        var pending = 0;
        for (var i = start; i < start + length; i++)
        {
            bits = (bits << 6) | SextetOf(text[i]);
            pending += 6;
            if (pending >= 8)
            {
                pending -= 8;
                bytes[written++] = (byte)(bits >> pending);
            }
        }

        return bytes;
    }

    /// <summary>
    /// Text is mostly ASCII, so the first byte of most 3-byte groups is below 0x80 and the first character of most
    /// 4-character groups encodes less than 32 ('A' to 'f'). Identifiers and hashes fail this half the time per group,
    /// which rejects them before anything is decoded. As many groups may fail as bytes may be unprintable.
    /// </summary>
    private static bool MayBeText(Text text, int start, int length)
    {
        var groups = length / 4;
        var high = 0;
        for (var i = start; i < start + (groups * 4); i += 4)
        {
            if (SextetOf(text[i]) >= 32)
            {
                high++;
            }
        }

        return high <= 1 + (groups / 8);
    }

    private static int SextetOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' or '-' => 62,
        _ => 63,
    };

    // One bit for each of the 64 characters below '@' and the 64 from '@' on that standard or URL-safe base64 uses:
    // + - / 0-9 in the first, A-Z _ a-z in the second.
    private const ulong BelowAt = 0x03FF_A800_0000_0000;
    private const ulong FromAt = 0x07FF_FFFE_87FF_FFFE;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBase64(char c) => c < 128 && (((c < 64 ? BelowAt : FromAt) >> (c & 63)) & 1) != 0;

    // A run that continues a word (after a dot or letter that is not base64) is part of an identifier or path.
    private static bool IsWordChar(char c) => c is '.' or '\\' || char.IsLetterOrDigit(c);
}
