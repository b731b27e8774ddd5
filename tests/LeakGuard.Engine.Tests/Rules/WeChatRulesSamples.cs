using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WeChatRulesSamples
{
    private static readonly string AppSecret = FakeKey.Random(FakeKey.Hex, 32, 1);

    private static readonly string AppId = FakeKey.Of("wx", FakeKey.Random(FakeKey.Hex, 16, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("wechat-app-secret", AppSecret, "WECHAT_APP_SECRET")
        .FindsIn("wechat-app-secret", "a mini program's config beside its app id", $"module.exports = {{\n  appid: '{AppId}',\n  secret: '{AppSecret}',\n  mchId: '1230000109'\n}}\n", AppSecret)
        .FindsIn("wechat-app-secret", "the mini program login call", $"APP_SECRET = '{AppSecret}'\nurl = 'https://api.weixin.qq.com/sns/jscode2session?appid={{}}&secret={{}}&js_code={{}}'\n", AppSecret)
        .FindsIn("wechat-app-secret", "Senparc's settings", $"\"SenparcWeixinSetting\": {{\n  \"WeixinAppId\": \"{AppId}\",\n  \"WeixinAppSecret\": \"{AppSecret}\"\n}}", AppSecret)
        .FindsIn("wechat-app-secret", "WxJava's Spring Boot settings", $"wx:\n  miniapp:\n    configs:\n      - appid: {AppId}\n        secret: {AppSecret}\n        msgDataFormat: JSON\n", AppSecret)
        .Ignores("wechat-app-secret", "a GUID's hex beside WeChat", $"wechat_request_id = '{TestKeys.CompactGuid(3)}'")
        .Ignores("wechat-app-secret", "no WeChat named", $"\"md5\": \"{AppSecret}\"");
}
