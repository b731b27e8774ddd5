using System;
using System.Linq;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Base 64 of a key for tests or of a placeholder, as settings that take a key in base 64 hold them
/// ("dGVzdC1zZWNyZXQta2V5…" for "test-secret-key…"): the text it encodes tells what the value is.
/// </summary>
internal static class TestKeyInBase64
{
    public static bool Matches(string value) =>
        UnpaddedBase64.Decode(value) is { Length: > 0 } text
        && text.All(c => c >= ' ' && c < '\u007f')
        && (text.IndexOf("test", StringComparison.OrdinalIgnoreCase) >= 0 || Placeholders.IsPlaceholder(text));
}
