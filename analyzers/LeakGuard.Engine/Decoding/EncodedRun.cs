namespace LeakGuard.Engine.Decoding;

/// <summary>A run of encoded text in a scanned text, and what it decodes to.</summary>
internal sealed class EncodedRun
{
    private readonly int[]? offsets;

    /// <param name="offsets">
    /// For each decoded character, its offset in the scanned text, plus one entry for the end; <see langword="null"/>
    /// when decoded characters cannot be mapped back one by one (base64), so findings point at the whole run.
    /// </param>
    public EncodedRun(string encoding, int start, int length, string decoded, int[]? offsets)
    {
        Encoding = encoding;
        Start = start;
        Length = length;
        Decoded = decoded;
        this.offsets = offsets;
    }

    public string Encoding { get; }

    public int Start { get; }

    public int Length { get; }

    public string Decoded { get; }

    /// <summary>The span in the scanned text that encodes the decoded characters [start, start + length).</summary>
    public (int Start, int Length) Map(int start, int length)
    {
        if (offsets is null)
        {
            return (Start, Length);
        }

        var from = offsets[start];
        return (from, offsets[start + length] - from);
    }
}
