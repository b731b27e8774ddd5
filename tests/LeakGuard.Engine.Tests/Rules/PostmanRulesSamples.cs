using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PostmanRulesSamples
{
    private static readonly string Key = FakeKey.Of("PM", "AK-", FakeKey.Random(FakeKey.Hex, 24, 1), "-", FakeKey.Random(FakeKey.Hex, 34, 2));

    private static readonly string SecretValue = FakeKey.Random(FakeKey.Base62, 32, 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("postman-api-key", Key, "POSTMAN_API_KEY")
        .Ignores("postman-api-key", "one character short", $"key: {Key[..^1]}")
        .Ignores("postman-api-key", "not hex", "key: " + FakeKey.Of("PM", "AK-", new string('z', 24), "-", new string('z', 34)))
        .FindsIn("postman-secret-variable", "an exported environment", $"{{\n  \"values\": [\n    {{\n      \"key\": \"llm_token\",\n      \"value\": \"{SecretValue}\",\n      \"type\": \"secret\",\n      \"enabled\": true\n    }}\n  ]\n}}", SecretValue)
        .Ignores("postman-secret-variable", "a secret variable left empty or given a variable", "{ \"key\": \"token\", \"value\": \"\", \"type\": \"secret\" },\n{ \"key\": \"token2\", \"value\": \"{{vault:token}}\", \"type\": \"secret\" }")
        .Ignores("postman-secret-variable", "a default variable", $"{{ \"key\": \"baseUrl\", \"value\": \"{SecretValue}\", \"type\": \"default\" }}");
}
