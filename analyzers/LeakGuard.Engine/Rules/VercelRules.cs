using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VercelRules
{
    private static readonly Remediation Remediation = new("https://vercel.com/account/tokens", "Vercel:Token", "VERCEL_TOKEN");

    private static readonly string[] VercelTokenContext = { "vercel" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "vercel-token",
            "Vercel",
            "Vercel access token (24 characters next to the word Vercel)",
            Patterns.Token("[A-Za-z0-9]{24}"),
            VercelTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),

        // The formats of 2025: vcp_ a personal token, vci_ an integration's, vca_ and vcr_ an app's access and refresh
        // tokens, vck_ an API key (AI Gateway); 56 characters after the prefix.
        new SecretRule(
            "vercel-prefixed-token",
            "Vercel",
            "Vercel access token or API key (vcp_, vci_, vca_, vcr_, vck_)",
            Patterns.Token("vc[piark]_[A-Za-z0-9_-]{56}"),
            new[] { "vcp_", "vci_", "vca_", "vcr_", "vck_" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },

        // BLOB_READ_WRITE_TOKEN: reads, writes and deletes every file of a Blob store.
        new SecretRule(
            "vercel-blob-token",
            "Vercel",
            "Vercel Blob store token (vercel_blob_rw_)",
            Patterns.Token("vercel_blob_r?w?_[A-Za-z0-9]{16}_[A-Za-z0-9]{30}"),
            new[] { "vercel_blob_" },
            new Remediation("https://vercel.com/docs/vercel-blob", "Vercel:BlobReadWriteToken", "BLOB_READ_WRITE_TOKEN"))
        {
            MinEntropy = 3.5,
        },
    };
}
