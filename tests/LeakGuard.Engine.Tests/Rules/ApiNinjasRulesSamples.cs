using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ApiNinjasRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 22, 1), "==", FakeKey.Random(FakeKey.Base62, 16, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("api-ninjas-api-key", Key, "API_NINJAS_KEY")
        .FindsIn("api-ninjas-api-key", "a fetch's header", $"let response = await fetch(\"https://api.api-ninjas.com/v1/quotes\", {{\n  headers: {{\n    \"X-Api-Key\": \"{Key}\",\n  }},\n}});", Key)
        .FindsIn("api-ninjas-api-key", "HttpClient's default headers", $"client.DefaultRequestHeaders.Add(\"X-Api-Key\", \"{Key}\");", Key)
        .Ignores("api-ninjas-api-key", "no key or API Ninjas named", $"\"payload\": \"{Key}\"")
        .Ignores("api-ninjas-api-key", "padded base 64 alone beside API Ninjas' name", $"ninja_avatar_digest = \"{Key[..24]}\"");
}
