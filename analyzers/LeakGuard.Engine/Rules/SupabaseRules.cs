using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SupabaseRules
{
    private static readonly Remediation Remediation = new("https://supabase.com/dashboard/account/tokens", "Supabase:AccessToken", "SUPABASE_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "supabase-pat",
            "Supabase",
            "Supabase personal access token",
            Patterns.Token("sbp_[a-f0-9]{40}"),
            new[] { "sbp_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "supabase-secret-key",
            "Supabase",
            "Supabase secret API key",
            Patterns.Token("sb_secret_[A-Za-z0-9_-]{31,64}"),
            new[] { "sb_secret_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
