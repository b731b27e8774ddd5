using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CursorRules
{
    private static readonly Remediation Remediation = new("https://cursor.com/dashboard?tab=settings", "Cursor:ApiKey", "CURSOR_API_KEY");

    private static readonly string[] Context = { "cursor" };

    // An Admin or Background Agents API key: "key_" and 64 hex digits, a prefix too common to stand alone, so Cursor
    // must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "cursor-api-key",
            "Cursor",
            "Cursor API key (key_ and 64 hex digits next to Cursor)",
            Patterns.Token("key_[a-f0-9]{64}"),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
