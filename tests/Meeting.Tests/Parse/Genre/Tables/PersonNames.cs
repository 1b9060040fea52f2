namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>Names of officials: two or three characters, a few with a numeral inside (蒋一鸣) and a compound surname.</summary>
public static class PersonNames
{
    public static readonly string[] All =
    [
        "王强", "李明", "张华", "刘建国", "陈静", "杨帆", "赵志刚", "黄海涛", "周敏", "吴晓东", "徐立新", "孙丽", "马骏", "朱红梅",
        "胡斌", "郭文", "何平", "高峰", "林晓燕", "罗军", "郑卫东", "梁玉", "宋涛", "谢明辉", "韩冰", "唐亮", "冯建华", "许红",
        "邓力", "曹阳", "彭志强", "曾丽华", "沈立", "蒋一鸣", "欧阳明", "程三元",
    ];
}
