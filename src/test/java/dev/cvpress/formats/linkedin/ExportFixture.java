package dev.cvpress.formats.linkedin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A LinkedIn data export as LinkedIn writes it, with the documented column headers of each file, made from CSV
 * text in the test: the awkward parts of real ones included (a quoted description with commas, line breaks and
 * bullets, a job still held, a skill listed twice, bracketed websites, a file LinkedIn does not need read).
 */
public final class ExportFixture {
  private ExportFixture() {}

  public static Map<String, String> files() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
        + "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        + "Katharina,Vogt,,\"Musterweg 1, Hamburg\",\"Nov 5, 1990\",Senior Marketing Manager,\"Ten years making "
        + "products that need explaining, explained.\n\nI lead small teams.\",Marketing,20149,\"Hamburg, Germany\","
        + "[kvogt],\"[PORTFOLIO:https://vogt.example],[https://blog.vogt.example]\",\n");
    f.put("Email Addresses.csv", "Email Address,Confirmed,Primary,Updated On\n"
        + "alt@uni.example,Yes,No,2016-04-01\nk.vogt@example.com,Yes,Yes,2024-01-02\n");
    f.put("PhoneNumbers.csv", "Extension,Number,Type\n,+49 40 1234567,Mobile\n");
    f.put("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
        + "Northwind GmbH,Senior Marketing Manager,\"Lead B2B campaigns.\n• Cut cost per lead by 30%, in one year\n"
        + "• Built a team of four\",Hamburg,Jan 2020,\n"
        + "Contoso AG,Marketing Manager,,Berlin,Mar 2016,Dec 2019\n");
    f.put("Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
        + "Universität Hamburg,2010,2015,,M.A. Business Administration,Debating club\n");
    f.put("Skills.csv", "Name\nB2B Marketing\nSEO\nB2B Marketing\n");
    f.put("Languages.csv", "Name,Proficiency\nGerman,Native or bilingual proficiency\n"
        + "English,Full professional proficiency\n");
    f.put("Certifications.csv", "Name,Url,Authority,Started On,Finished On,License Number\n"
        + "Google Ads Search,https://skillshop.example/1,Google,Mar 2022,Mar 2025,ABC-1\n");
    f.put("Projects.csv", "Title,Description,Url,Started On,Finished On\n"
        + "Relaunch,Relaunched the website.,https://relaunch.example,Jan 2021,Jun 2021\n");
    f.put("Honors.csv", "Title,Description,Issued On\nMarketer of the Year,Regional award,Nov 2022\n");
    f.put("Publications.csv", "Name,Published On,Description,Publisher,Url\n"
        + "B2B Without Jargon,Aug 2023,An essay,Marketing Weekly,https://mw.example/b2b\n");
    f.put("Volunteering.csv", "Company Name,Role,Cause,Started On,Finished On,Description\n"
        + "Food Bank Hamburg,Driver,Poverty Alleviation,Jun 2019,,Weekly deliveries\n");
    f.put("messages.csv", "FROM,TO,CONTENT\nsomeone,me,a private message\n");
    return f;
  }

  public static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
