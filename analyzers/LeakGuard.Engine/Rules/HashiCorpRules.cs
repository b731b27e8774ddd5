using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HashiCorpRules
{
    private static readonly Remediation Remediation = new("https://developer.hashicorp.com/vault/docs/concepts/tokens#token-revocation", "Vault:Token", "VAULT_TOKEN");

    private static readonly string[] VaultContext = { "vault", "X-Vault-Token" };

    private static readonly Remediation UnsealRemediation = new("https://developer.hashicorp.com/vault/docs/commands/operator/rekey", "Vault:UnsealKey", "VAULT_UNSEAL_KEY")
    {
        Steps = new[]
        {
            "Rekey the Vault (vault operator rekey, or -target=recovery for recovery keys): enough shares of the old key unseal it or make a root token.",
            "Keep the new shares with their holders (PGP-encrypted with -pgp-keys), never in a runbook or a repository.",
        },
    };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "terraform-cloud-token",
            "HashiCorp",
            "Terraform Cloud / HCP Terraform API token",
            Patterns.Token("[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}", Patterns.UrlSafeOrDot),
            new[] { "atlasv1" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "vault-service-token",
            "HashiCorp",
            "HashiCorp Vault service token",
            // Root tokens (vault operator init, generate-root) are "hvs." and 24 letters and digits; other service tokens
            // carry a signed protobuf, 90 or more characters, and the shorter ones of them its first bytes' base 64 ("CAES").
            Patterns.Token("hvs\\.(?:[A-Za-z0-9]{24}|[A-Za-z0-9_-]{90,120}|CAES[A-Za-z0-9_-]{60,85})", Patterns.UrlSafeOrDot),
            new[] { "hvs." },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = token => token.Length != "hvs.".Length + 24 || IsRandom(token.Substring("hvs.".Length)),
        },
        // Before Vault 1.10 service tokens were "s." and 24 letters and digits: short and plain enough to need Vault nearby.
        ContextGatedRule.Create(
            "vault-legacy-service-token",
            "HashiCorp",
            "HashiCorp Vault service token, pre-1.10 format (s. and 24 characters next to Vault)",
            Patterns.Token("s\\.[A-Za-z0-9]{24}", Patterns.UrlSafeOrDot),
            VaultContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value.Substring(2))),
        new SecretRule(
            "vault-batch-token",
            "HashiCorp",
            "HashiCorp Vault batch token",
            Patterns.Token("hvb\\.[A-Za-z0-9_-]{138,300}", Patterns.UrlSafeOrDot),
            new[] { "hvb." },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // The shares `vault operator init` prints ("Unseal Key 1: …", "Recovery Key 1: …" under auto-unseal) or writes
        // as JSON (unseal_keys_b64, recovery_keys_b64): base 64 of 33 bytes, a share of the key that decrypts the
        // whole Vault.
        new SecretRule(
            "vault-unseal-key",
            "HashiCorp",
            "HashiCorp Vault unseal or recovery key share (vault operator init)",
            "(?:Unseal|Recovery) Key [0-9]{1,2}: (?<secret>[A-Za-z0-9+/]{43,44}={0,1})(?:$|[^A-Za-z0-9+/=])"
            + "|\"(?:unseal|recovery)_keys_b64\"[ \\t]{0,3}:[ \\t]{0,3}\\[[ \\t\\r\\n]{0,40}\"(?<secret>[A-Za-z0-9+/]{43,44}={0,1})\"",
            new[] { "unseal key", "recovery key", "unseal_keys_b64", "recovery_keys_b64" },
            UnsealRemediation)
        {
            MinEntropy = 4,
        },
    };

    // A root token's 24 characters against a property of a variable named hvs ("hvs.addEventListenerOnce1").
    private static bool IsRandom(string body) => Plausibility.HasUpperAndLower(body) && !Plausibility.IsMostlyWords(body);
}
