using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VercelRulesSamples
{
    private static readonly string VercelTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 24, 1));

    private static readonly string PrefixedToken = FakeKey.Of("vc", "p_", FakeKey.Random(FakeKey.Base62, 56, 2));

    private static readonly string BlobToken = FakeKey.Of("vercel", "_blob_rw_", FakeKey.Random(FakeKey.Base62, 16, 3), "_", FakeKey.Random(FakeKey.Base62, 30, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("vercel-token", VercelTokenKey, "VERCEL_TOKEN")
        .Ignores("vercel-token", "no vercel context", $"\"checksum\": \"{VercelTokenKey}\"")
        .Ignores("vercel-token", "an integration's id, typed by its prefix", $"var frameworks = [{{ name: \"Next.js\", recommendedIntegrations: [{{ id: \"oac_{VercelTokenKey}\" }}] }}]; // vercel")
        .Ignores("vercel-token", "one character short", $"vercel: {VercelTokenKey[..^1]}")
        .Ignores("vercel-token", "the tail of a longer token after a hyphen", $"const secret = process.env.VERCEL_ENV === \"preview\" ? \"6L{FakeKey.Random(FakeKey.Base62, 13, 6)}-{VercelTokenKey}\" : live;")
        .Finds("vercel-prefixed-token", PrefixedToken, "VERCEL_TOKEN")
        .Ignores("vercel-prefixed-token", "one character short", $"value: {PrefixedToken[..^1]}")
        .Finds("vercel-blob-token", BlobToken, "BLOB_READ_WRITE_TOKEN")
        .Ignores("vercel-blob-token", "a placeholder", "BLOB_READ_WRITE_TOKEN=vercel_blob_rw_xxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
        .Ignores("vercel-token", "letters and digits inside an integrity hash", $"\"node_modules/vercel\": {{ \"integrity\": \"sha512-{VercelTokenKey}+{FakeKey.Random(FakeKey.Base64, 62, 5)}==\" }}");
}
