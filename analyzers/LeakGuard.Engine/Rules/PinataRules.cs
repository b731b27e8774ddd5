using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PinataRules
{
    private static readonly Remediation Remediation = new("https://app.pinata.cloud/developers/api-keys", "Pinata:ApiSecret", "PINATA_SECRET_API_KEY");

    // A Pinata API secret: 64 hex digits, sent in the pinata_secret_api_key header beside the key's 20-digit id. With the
    // id, it pins and deletes the account's files.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "pinata-api-secret",
            "Pinata",
            "Pinata API secret (64 hex digits under pinata_secret_api_key)",
            Patterns.AssignedTo("pinata_?(?:secret_?api_?key|api_?secret)", "[0-9a-f]{64}"),
            new[] { "pinata_secret", "pinatasecret", "pinata_api_secret", "pinataapisecret" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
