using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DataGoKrRulesSamples
{
    private static readonly string Decoded = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 86, 1), "==");

    private static readonly string Encoded = System.Uri.EscapeDataString(Decoded);

    private static readonly string Hex = FakeKey.Random(FakeKey.Hex, 64, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("data-go-kr-service-key", Decoded, "DATA_GO_KR_SERVICE_KEY")
        .FindsIn("data-go-kr-service-key", "the encoded key in a URL", $"request.open(\"get\", \"http://apis.data.go.kr/1262000/TravelBanService/getTravelBanList?serviceKey={Encoded}&numOfRows=10&pageNo=1\", true);", Encoded)
        .FindsIn("data-go-kr-service-key", "the key under the URL it is sent to", $"String serviceUrl = \"http://apis.data.go.kr/1360000/VilageFcstInfoService/\";\nString serviceKey = \"{Encoded}\";", Encoded)
        .FindsIn("data-go-kr-service-key", "the decoded key in request parameters", $"axios.get('http://apis.data.go.kr/1360000/VilageFcstInfoService_2.0/getVilageFcst', {{\n  params: {{\n    serviceKey:\n      '{Decoded}',\n    numOfRows: 1000,", Decoded)
        .FindsIn("data-go-kr-service-key", "a key of 64 hex digits", $"params = {{'serviceKey': '{Hex}', 'resultType': 'json'}}\nurl = 'http://apis.data.go.kr/1160100/service/GetStockSecuritiesInfoService/getStockPriceInfo'", Hex)
        .FindsByName("data-go-kr-service-key", "a variable the URL takes", $"let key = \"{Encoded}\"", "url = \"http://apis.data.go.kr/B551015/API8/raceHorseInfo?numOfRows=10&pageNo=1&serviceKey=\" + key", Encoded)
        .FindsByName("data-go-kr-service-key", "a variable the request parameters take", $"SERVICE_KEY = '{Hex}'", "url = 'http://apis.data.go.kr/1160100/service/GetStockSecuritiesInfoService/getStockPriceInfo'\nparams = {'serviceKey': SERVICE_KEY, 'resultType': 'json'}", Hex)
        .Ignores("data-go-kr-service-key", "no data.go.kr named", $"\"checksum\": \"{Hex}\"")
        .Ignores("data-go-kr-service-key", "a longer base64 run", $"serviceUrl = 'http://apis.data.go.kr/1360000/'\nblob = '{FakeKey.Random(FakeKey.Base64, 40, 3)}{Decoded}'")
        .Ignores("data-go-kr-service-key", "a key read from the environment", "url = f'http://apis.data.go.kr/1360000/VilageFcstInfoService_2.0/getVilageFcst?serviceKey={os.environ[\"DATA_GO_KR_KEY\"]}'");
}
