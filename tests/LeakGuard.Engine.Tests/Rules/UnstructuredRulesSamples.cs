using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class UnstructuredRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 30, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("unstructured-api-key", Key, "UNSTRUCTURED_API_KEY")
        .FindsIn("unstructured-api-key", "the client", $"client = UnstructuredClient(api_key_auth=\"{Key}\")", Key)
        .Ignores("unstructured-api-key", "no Unstructured context", $"\"checksum\": \"{Key}\"");
}
