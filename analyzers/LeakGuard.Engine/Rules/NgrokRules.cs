using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NgrokRules
{
    private static readonly Remediation Remediation = new("https://dashboard.ngrok.com/get-started/your-authtoken", "Ngrok:AuthToken", "NGROK_AUTHTOKEN");

    private static readonly string[] Context = { "ngrok", "authtoken" };

    // An authtoken: a digit (1, 2, 3… as the years go), 26 letters and digits, '_' and 21 more (20 when the base62 number
    // after '_' happens to be shorter; real pasted tokens have both lengths). Whoever has it opens tunnels on the
    // account, to its reserved domains too. Notebooks that expose a local server paste it inline.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "ngrok-auth-token",
            "ngrok",
            "ngrok authtoken (next to ngrok)",
            Patterns.Token("[0-9][A-Za-z0-9]{26}_[A-Za-z0-9]{20,21}", Patterns.UrlSafe),
            Context,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
