using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NaverOpenApiRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 3, 1), "_", FakeKey.Random(FakeKey.Base62, 6, 2));

    private static readonly string LettersKey = FakeKey.Random(TestKeys.Letters, 10, 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("naver-client-secret", Key, "NAVER_CLIENT_SECRET")
        .FindsIn("naver-client-secret", "the header in C#", $"request.Headers.Add(\"X-Naver-Client-Secret\", \"{Key}\");", Key)
        .Ignores("naver-client-secret", "nine characters", $"request.Headers.Add(\"X-Naver-Client-Secret\", \"{Key[..9]}\");")
        .FindsByName("naver-client-secret", "a request property that takes a variable", $"String clientSecret = \"{Key}\";", "con.setRequestProperty(\"X-Naver-Client-Secret\", clientSecret);", Key)
        .FindsIn("naver-client-secret", "a secret of letters only", $"con.setRequestProperty(\"X-Naver-Client-Secret\", \"{LettersKey}\");", LettersKey);
}
