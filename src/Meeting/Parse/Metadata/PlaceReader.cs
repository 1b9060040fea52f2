using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// Reads where the meeting was held, as the text says it after 在: 在北京召开, 在省人民会堂隆重举行, 在京以视频会议
/// 形式召开 (the place ends where the manner begins). Short forms of cities are written out (在京 → 北京).
/// </summary>
public static partial class PlaceReader
{
    /// <summary>The one-character names of cities that reports use (在京召开, 在榕举行).</summary>
    private static readonly IReadOnlyDictionary<string, string> ShortForms = new Dictionary<string, string>
    {
        ["京"] = "北京", ["沪"] = "上海", ["津"] = "天津", ["渝"] = "重庆", ["榕"] = "福州", ["蓉"] = "成都",
        ["穗"] = "广州", ["杭"] = "杭州", ["宁"] = "南京", ["汉"] = "武汉", ["昆"] = "昆明", ["邕"] = "南宁",
        ["筑"] = "贵阳", ["并"] = "太原", ["郑"] = "郑州", ["济"] = "济南", ["兰"] = "兰州", ["银"] = "银川",
        ["肥"] = "合肥", ["昌"] = "南昌", ["洪"] = "南昌", ["甬"] = "宁波", ["厦"] = "厦门", ["深"] = "深圳",
        ["哈"] = "哈尔滨", ["长"] = "长沙", ["沈"] = "沈阳", ["呼"] = "呼和浩特", ["乌"] = "乌鲁木齐", ["琼"] = "海口",
        ["邢"] = "邢台", ["锡"] = "无锡", ["苏"] = "苏州", ["青"] = "青岛", ["连"] = "大连", ["西"] = "西安",
    };

    public static string? Read(string opening)
    {

        foreach (Match match in Place().Matches(opening))
        {
            var place = match.Groups["place"].Value.Trim();
            if (place.Length == 0 || NotAPlace().IsMatch(place))
            {
                continue;
            }

            return ShortForms.TryGetValue(place, out var full) ? full : place;
        }

        // 会议采取视频会议方式召开，主会场设在县政府四楼会议室: where it sat, when it sat in more than one place.
        return MainVenue().Match(opening) is { Success: true } venue ? venue.Groups["place"].Value : null;
    }

    [GeneratedRegex(@"在(?<place>[^，。；、\s“”]{1,20}?)(?:隆重|顺利|胜利|正式|分别|同时)?(?:(?:以|采取|采用|通过)[^，。；]{1,20}?(?:形式|方式))?(?:召开|举行|开幕|举办)")]
    private static partial Regex Place();

    [GeneratedRegex(@"主会场设在(?<place>[^，。；、\s]{2,24})|在(?<place>[^，。；、\s]{2,24}?)设(立)?主会场")]
    private static partial Regex MainVenue();

    // 在…的基础上, 在全省范围内: not where a meeting sat.
    [GeneratedRegex(@"的|下$|中$|上$|基础|范围|期间|之际|时$")]
    private static partial Regex NotAPlace();
}
