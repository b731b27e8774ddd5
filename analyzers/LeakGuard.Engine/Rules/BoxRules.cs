using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BoxRules
{
    private static readonly Remediation Remediation = new("https://developer.box.com/guide/authentication/", "Box:ClientSecret", "BOX_CLIENT_SECRET");

    // An app's client secret: 32 letters and digits under clientSecret or BOX_CLIENT_SECRET, in the JSON config that Box's
    // developer console downloads for a JWT app (boxAppSettings) or beside Box's name. With the client id it gets the
    // app's tokens, and with the config's private key it acts as the app's service account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "box-client-secret",
            "Box",
            "Box app client secret (in a boxAppSettings config or beside Box's name)",
            "(?i)client[_-]?secret[\"']?[ \\t]{0,5}[:=][ \\t]{0,5}[\"']?(?<secret>[a-z0-9]{32})(?:$|[^a-z0-9])",
            new[] { "boxAppSettings", "box_client", "box.com", "boxsdk", "box-node-sdk" },
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),

        // A developer token: 32 letters and digits that act as the developer for an hour, pasted into code to try the API.
        ContextGatedRule.Create(
            "box-developer-token",
            "Box",
            "Box developer token (32 letters and digits under a Box or developer token's name)",
            Patterns.AssignedTo("(?:box[_-]?(?:developer|access|api)?[_-]?token|developer[_-]?token)", "[A-Za-z0-9]{32}", Patterns.Base62),
            new[] { "box" },
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
