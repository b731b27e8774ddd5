using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AlgoliaRulesSamples
{
    private static readonly string AlgoliaAdminApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("algolia-admin-api-key", AlgoliaAdminApiKeyKey, "ALGOLIA_ADMIN_API_KEY")
        .Ignores("algolia-admin-api-key", "no algolia context", $"\"checksum\": \"{AlgoliaAdminApiKeyKey}\"")
        .Ignores("algolia-admin-api-key", "one character short", $"algolia: {AlgoliaAdminApiKeyKey[..^1]}");
}
