namespace LeakGuard.Engine;

/// <summary>
/// A value cut out of a long run of base 64 (an inlined WebAssembly module, font or image): the run's '+' and '/' end
/// a token's characters, so its pieces between them have the shape of many keys ("BSA…" of a Brave key, 32 letters and
/// digits of a Tencent one). A key that is pasted stands apart from such a run; one that touches a long run is chance.
/// </summary>
internal static class Base64Blob
{
    // Base 64 characters that must touch the value, on its two sides together, for it to be a piece of a blob. A key
    // that a URL path or a key=value pair holds is followed by other characters long before that.
    private const int MinAdjacent = 128;

    /// <summary>Whether the value at <paramref name="start"/> continues, past '+' or '/', into a long run of base 64.</summary>
    public static bool Holds(string text, int start, int length)
    {
        var end = start + length;
        if (!(start > 0 && IsRunSeparator(text[start - 1])) && !(end < text.Length && IsRunSeparator(text[end])))
        {
            return false;
        }

        var before = 0;
        while (before < MinAdjacent && start - before > 0 && IsBase64(text[start - before - 1]))
        {
            before++;
        }

        var after = 0;
        while (before + after < MinAdjacent && end + after < text.Length && IsBase64(text[end + after]))
        {
            after++;
        }

        return before + after >= MinAdjacent;
    }

    private static bool IsRunSeparator(char c) => c is '+' or '/';

    private static bool IsBase64(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/';
}
