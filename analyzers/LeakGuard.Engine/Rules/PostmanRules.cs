using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PostmanRules
{
    private static readonly Remediation Remediation = new("https://go.postman.co/settings/me/api-keys", "Postman:ApiKey", "POSTMAN_API_KEY");

    private static readonly Remediation SecretVariableRemediation = new("https://learning.postman.com/docs/sending-requests/postman-vault/postman-vault-secrets/", "Postman:Secret", "POSTMAN_SECRET")
    {
        Steps = new[]
        {
            "Rotate the credential the variable holds: the exported file gives it to anyone who reads it.",
            "Keep it in Postman Vault or as a current value only (not shared, not exported), and export environments without it.",
        },
    };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "postman-api-key",
            "Postman",
            "Postman API key",
            Patterns.Token("PMAK-[0-9a-fA-F]{24}-[0-9a-fA-F]{34}"),
            new[] { "PMAK-" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // A variable of an exported environment or collection that its owner typed as secret: Postman masks it on
        // screen, but the export writes the value in the clear, right before "type": "secret".
        new SecretRule(
            "postman-secret-variable",
            "Postman",
            "Value of a Postman environment or collection variable typed secret, in an exported file",
            "\"value\"[ \\t]{0,3}:[ \\t]{0,3}\"(?<secret>[^\"\\\\\\r\\n{][^\"\\\\\\r\\n]{7,199})\"[ \\t]{0,3},[ \\t\\r\\n]{0,40}\"type\"[ \\t]{0,3}:[ \\t]{0,3}\"secret\"",
            new[] { "\"secret\"" },
            SecretVariableRemediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
            IsPlausible = PasswordValue.IsNoName,
        },
    };
}
