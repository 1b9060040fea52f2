namespace Meeting.Corpus;

/// <summary>Invented names for the officials who speak; common surnames and given-name characters, no real person meant.</summary>
public static class PersonNames
{
    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭"];

    private static readonly string[] GivenCharacters =
        ["建", "国", "明", "华", "志", "伟", "军", "平", "海", "新", "立", "文", "斌", "晓", "红", "春", "永", "正", "宏", "德", "振", "学", "庆", "光", "峰", "涛", "鹏", "亮", "勇", "杰", "敏", "静"];

    public static string Draw(Random random)
    {
        var given = random.Pick(GivenCharacters);
        if (random.Chance(0.7))
        {
            given += random.Pick(GivenCharacters);
        }
        return random.Pick(Surnames) + given;
    }
}
