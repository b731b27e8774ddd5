using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DataGoKrRules
{
    // 64 random bytes in base64, as the portal shows it ("Decoding") or URL-encoded ("Encoding": %2B, %2F, %3D%3D), or
    // 64 hex digits, as keys issued since 2024 are.
    private const string Key = "(?:[A-Za-z0-9+/]|%2[BbFf]){86}(?:==|%3[Dd]%3[Dd])|[0-9a-f]{64}";

    private static readonly Remediation Remediation = new("https://www.data.go.kr/iim/main/mypageMain.do", "DataGoKr:ServiceKey", "DATA_GO_KR_SERVICE_KEY");

    private static readonly string[] Context = { "data.go.kr", "data_go_kr", "datagokr", "odcloud.kr" };

    // The service key of Korea's public data portal, which signs every call to its thousands of government APIs
    // (apis.data.go.kr, api.odcloud.kr) as its owner's: its shapes are those of many other values, so the portal's
    // host or name must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "data-go-kr-service-key",
            "Korea Public Data Portal",
            "data.go.kr service key (base64 of 64 bytes, URL-encoded too, or 64 hex digits, next to data.go.kr)",
            Patterns.Token(Key, Patterns.Base64 + "%") + "|" + Patterns.ParameterReference("service_?key"),
            Context,
            Remediation,
            minEntropy: 3,
            referencedValue: Key),
    };
}
