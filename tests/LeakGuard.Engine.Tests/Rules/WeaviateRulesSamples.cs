using System;
using System.Text;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WeaviateRulesSamples
{
    private static readonly string Secret = Convert.ToBase64String(Encoding.ASCII.GetBytes(FakeKey.Random(FakeKey.Base62, 32, 2)));

    private static readonly string Key = Convert.ToBase64String(Encoding.ASCII.GetBytes(FakeKey.Random(FakeKey.Base62, 16, 1) + "_" + Secret + "_v200"));

    private static readonly string NotAKey = Convert.ToBase64String(Encoding.ASCII.GetBytes(FakeKey.Random(FakeKey.Base62, 16, 1) + "-" + Secret + "_v200"));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("weaviate-api-key", Key, "WEAVIATE_API_KEY")
        .FindsIn("weaviate-api-key", "the Python client", $"client = weaviate.connect_to_weaviate_cloud(\n    cluster_url=\"https://rAnD0mD1g1t5.c0.europe-west3.gcp.weaviate.cloud\",\n    auth_credentials=Auth.api_key(\"{Key}\"),\n)", Key)
        .Ignores("weaviate-api-key", "base 64 of another layout with the same ending", $"value: {NotAKey}");
}
