using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PineconeRulesSamples
{
    private static readonly string PineconeApiKeyKey = FakeKey.Of("pc", "sk_", FakeKey.Random(FakeKey.Base62, 6, 1), "_", FakeKey.Random(FakeKey.Base62, 63, 2));

    private static readonly string PineconeLegacyApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 11), "-", FakeKey.Random(FakeKey.Hex, 4, 12), "-4", FakeKey.Random(FakeKey.Hex, 3, 13), "-a", FakeKey.Random(FakeKey.Hex, 3, 14), "-", FakeKey.Random(FakeKey.Hex, 12, 15));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pinecone-api-key", PineconeApiKeyKey, "API_KEY")
        .Ignores("pinecone-api-key", "embedded in a longer token", "value: Q" + PineconeApiKeyKey)
        .Ignores("pinecone-api-key", "one character below the minimum length", $"value: {PineconeApiKeyKey[..61]}")
        .Finds("pinecone-legacy-api-key", PineconeLegacyApiKeyKey, "PINECONE_API_KEY")
        .Ignores("pinecone-legacy-api-key", "no pinecone context", $"\"checksum\": \"{PineconeLegacyApiKeyKey}\"")
        .Ignores("pinecone-legacy-api-key", "one character short", $"pinecone: {PineconeLegacyApiKeyKey[..^1]}")
        .Ignores("pinecone-legacy-api-key", "an id in a doc comment's example", $"/**\n * Describes a backup of a Pinecone index.\n *\n * @example\n * ```js\n * import {{ Pinecone }} from '@pinecone-database/pinecone';\n * const pc = new Pinecone();\n * const backup = await pc.describeBackup('{PineconeLegacyApiKeyKey}');\n * ```\n */")
        .Ignores("pinecone-legacy-api-key", "a GUID parsed in code", $"namespace Contoso.Pinecone;\npublic static class Ids {{ public static readonly Guid Namespace = Guid.Parse(\"{PineconeLegacyApiKeyKey}\"); }}");
}
