using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class KakaoRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("kakao-rest-api-key", "a header in a fetch", $"headers: {{ Authorization: 'KakaoAK {Key}' }}", Key)
        .FindsIn("kakao-rest-api-key", "curl", $"curl -H \"Authorization: KakaoAK {Key}\" \"https://dapi.kakao.com/v2/local/search/address.json?query=x\"", Key)
        .Ignores("kakao-rest-api-key", "31 digits", $"Authorization: KakaoAK {Key[..31]}")
        .Finds("kakao-rest-api-key", Key, "KAKAO_REST_API_KEY")
        .FindsIn("kakao-rest-api-key", "the scheme and the key joined", $"headers: {{ Authorization: \"KakaoAK \" + \"{Key}\" }}", Key)
        .FindsIn("generic-secret", "the JavaScript key handed to the SDK in the browser: not reported as Kakao's", $"const KAKAO_API_KEY = '{Key}';\nKakao.init(KAKAO_API_KEY);", Key)
        .FindsByName("kakao-rest-api-key", "a header joined of the scheme and a variable", $"API_KEY = '{Key}'", "headers = {\"Authorization\": \"KakaoAK \" + API_KEY}", Key);
}
