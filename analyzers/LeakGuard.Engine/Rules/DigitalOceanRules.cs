using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DigitalOceanRules
{
    private static readonly Remediation Remediation = new("https://cloud.digitalocean.com/account/api/tokens", "DigitalOcean:Token", "DIGITALOCEAN_TOKEN");

    private static readonly Remediation SpacesRemediation = new("https://cloud.digitalocean.com/spaces/access_keys", "DigitalOcean:Spaces:SecretKey", "SPACES_SECRET_KEY");

    private static readonly string[] SpacesContext = { "spaces_secret", "spacessecret", "digitaloceanspaces", "DO00" };

    // A Spaces secret key: 43 characters of base 64, without the '=' of a 32-byte digest's base 64.
    private const string SpacesSecret = "[A-Za-z0-9+/]{43}";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "digitalocean-pat",
            "DigitalOcean",
            "DigitalOcean personal access token",
            Patterns.Token("dop_v1_[a-f0-9]{64}"),
            new[] { "dop_v1_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "digitalocean-oauth-token",
            "DigitalOcean",
            "DigitalOcean OAuth access token",
            Patterns.Token("doo_v1_[a-f0-9]{64}"),
            new[] { "doo_v1_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "digitalocean-refresh-token",
            "DigitalOcean",
            "DigitalOcean OAuth refresh token",
            Patterns.Token("dor_v1_[a-f0-9]{64}"),
            new[] { "dor_v1_" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // Spaces (S3-compatible storage) keys come as a pair, as AWS's do: an access key id ("DO00" and 16 capitals or
        // digits) and the secret key after it, in an S3 client's settings.
        new SecretRule(
            "digitalocean-spaces-key-pair",
            "DigitalOcean",
            "DigitalOcean Spaces access key and secret key together (reported once, over both)",
            "(?:^|[^A-Za-z0-9])(?<secret>DO00[A-Z0-9]{16}" + Pairs.Between(Patterns.Base64) + SpacesSecret + ")(?:$|[^A-Za-z0-9+/=])",
            new[] { "DO00" },
            SpacesRemediation)
        {
            MinEntropy = 3.5,
            IsPlausible = pair => Plausibility.MixesCasesAndDigits(pair.Substring(pair.Length - 43)),
        },

        // The secret key alone, under a secret's name where Spaces is named: Terraform's spaces_secret_key, SPACES_SECRET,
        // DO_SPACES_SECRET, or an S3 client's secret_access_key beside a Spaces endpoint or access key id.
        new SecretRule(
            "digitalocean-spaces-secret-key",
            "DigitalOcean",
            "DigitalOcean Spaces secret key (43 characters of base 64 under a secret's name, next to Spaces)",
            Patterns.AssignedTo("(?:spaces_?)?secret(?:_?access)?(?:_?key)?", SpacesSecret, Patterns.Base64 + "="),
            SpacesContext,
            SpacesRemediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = SpacesContext,
            ContextNamesProvider = true,
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
