using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TelnyxRules
{
    private static readonly Remediation Remediation = new("https://portal.telnyx.com/#/app/api-keys", "Telnyx:ApiKey", "TELNYX_API_KEY");

    private static readonly string[] Context = { "telnyx" };

    // A v2 API key: "KEY", 32 upper-case hex digits, '_' and 22 letters and digits. It sends messages, places calls
    // and buys numbers on the account. "KEY" is in every file, so Telnyx must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "telnyx-api-key",
            "Telnyx",
            "Telnyx API key (KEY... next to Telnyx)",
            Patterns.Token("KEY[0-9A-F]{32}_[A-Za-z0-9]{22}"),
            Context,
            Remediation,
            minEntropy: 3.5),
    };
}
