using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class N8nRules
{
    private static readonly Remediation Remediation = new("https://docs.n8n.io/api/authentication/", "Workflows:ApiKey", "N8N_API_KEY");

    // An n8n public API key: a JWT its instance signs, issued by "n8n" for the audience "public-api". It runs and edits
    // the instance's workflows, with the credentials they hold.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "n8n-api-key",
            "n8n",
            "n8n public API key (a JWT of iss n8n, aud public-api)",
            Patterns.Token("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJ[A-Za-z0-9_-]{10,200}LCJpc3MiOiJuOG4iLCJhdWQiOiJwdWJsaWMtYXBpIi[A-Za-z0-9_-]{0,300}\\.[A-Za-z0-9_-]{43}", Patterns.UrlSafeOrDot),
            new[] { "LCJpc3MiOiJuOG4iLCJhdWQiOiJwdWJsaWMtYXBpIi" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = JwtRules.IsLive,
        },
    };
}
