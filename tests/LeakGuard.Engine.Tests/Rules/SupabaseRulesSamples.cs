using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SupabaseRulesSamples
{
    private static readonly string SupabasePatKey = FakeKey.Of("sb", "p_", FakeKey.Random(FakeKey.Hex, 40, 1));

    private static readonly string SupabaseSecretKeyKey = FakeKey.Of("sb_se", "cret_", FakeKey.Random(FakeKey.UrlSafe, 40, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("supabase-pat", SupabasePatKey, "API_KEY")
        .Ignores("supabase-pat", "one character short", $"value: {SupabasePatKey[..^1]}")
        .Ignores("supabase-pat", "embedded in a longer token", "value: Q" + SupabasePatKey)
        .Finds("supabase-secret-key", SupabaseSecretKeyKey, "API_KEY")
        .Ignores("supabase-secret-key", "the Supabase CLI's local default key", "SUPABASE_SERVICE_ROLE_KEY=" + FakeKey.Of("sb_se", "cret_", "N7UND0UgjKTVK-", "Uodkm0Hg_xSvEMPvz"))
        .Ignores("supabase-secret-key", "embedded in a longer token", "value: Q" + SupabaseSecretKeyKey)
        .Ignores("supabase-secret-key", "one character below the minimum length", $"value: {SupabaseSecretKeyKey[..40]}");
}
