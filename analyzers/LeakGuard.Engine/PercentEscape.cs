namespace LeakGuard.Engine;

/// <summary>
/// A value that starts inside a URL's percent-escape ("…%2BJLvg7d…" of an encoded OAuth signature): the escape's two hex
/// digits belong to the '%' before them, so the value is a piece of an encoded string, not a token of its own.
/// </summary>
internal static class PercentEscape
{
    public static bool Splits(string text, int start, int length) =>
        length >= 2 && start > 0 && text[start - 1] == '%' && IsHex(text[start]) && IsHex(text[start + 1]);

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
