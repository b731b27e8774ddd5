using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BaiduAiRules
{
    private static readonly Remediation Remediation = new("https://console.bce.baidu.com/ai/#/ai/ocr/app/list", "BaiduAi:SecretKey", "BAIDU_SECRET_KEY");

    // The clients of Baidu's AI open platform (OCR, speech, NLP, face), which take an app's id, API key and secret key
    // (new AipOcr(APP_ID, API_KEY, SECRET_KEY), baidu-aip-sdk), and its token endpoint on aip.baidubce.com. Baidu alone
    // is not enough: a Baidu Maps key has the same shape.
    private static readonly string[] Context =
    {
        "AipOcr", "AipSpeech", "AipNlp", "AipFace", "AipImageClassify", "AipImageCensor", "AipImageSearch", "AipImageProcess",
        "AipBodyAnalysis", "AipContentCensor", "AipKg", "baidu-aip", "baidu_aip", "baidubce", "baidu_secret", "baiduSecret",
        "baidu_ai", "baiduAi",
    };

    // An app's secret key: 32 letters and digits, which with the API key (24) gets the access token that every call
    // takes.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "baidu-ai-secret-key",
            "Baidu AI Cloud",
            "Baidu AI open platform secret key (32 letters and digits next to an Aip client or Baidu's AI hosts)",
            Patterns.Token("[A-Za-z0-9]{32}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
