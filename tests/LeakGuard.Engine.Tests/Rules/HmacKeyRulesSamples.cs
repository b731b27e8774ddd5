using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HmacKeyRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 20, 61), "+", FakeKey.Random(FakeKey.UrlSafe, 19, 62));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("hmac-key-literal", "a field made of a literal's bytes", $"private static readonly byte[] HmacKey = Encoding.UTF8.GetBytes(\"{Key}\");", Key)
        .FindsIn("hmac-key-literal", ".NET's HMACSHA256 keyed with a literal", $"using var hmac = new HMACSHA256(Encoding.ASCII.GetBytes(\"{Key}\"));", Key)
        .FindsIn("hmac-key-literal", ".NET's one-shot HashData", $"var signature = HMACSHA512.HashData(Encoding.UTF8.GetBytes(\"{Key}\"), body);", Key)
        .FindsIn("hmac-key-literal", "Node's createHmac", $"const signature = crypto.createHmac('sha256', '{Key}').update(payload).digest('hex');", Key)
        .FindsIn("hmac-key-literal", "Python's hmac.new", $"digest = hmac.new(b\"{Key}\", body, hashlib.sha256).hexdigest()", Key)
        .FindsIn("hmac-key-literal", "base 64 through a fully qualified Convert", $"using var hmac = new HMACSHA256(System.Convert.FromBase64String(\"{Key}\"));", Key)
        .Ignores("hmac-key-literal", "the key from configuration", "using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(configuration[\"Webhooks:Secret\"]));")
        .Ignores("hmac-key-literal", "the key from the environment", "const signature = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(payload).digest('hex');")
        .Ignores("hmac-key-literal", "a repeated byte, as RFC 4231's test vectors key", "using var hmac = new HMACSHA256(Convert.FromBase64String(\"" + new string('C', 20) + "\"));")
        .Ignores("hmac-key-literal", "a test's key, named for it", "using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(\"test-signing-key-for-the-webhooks\"));");
}
