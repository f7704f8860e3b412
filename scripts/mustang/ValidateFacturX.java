// Validates every PDF named on the command line in one JVM with Mustang's ZUGFeRDValidator (its jar has no CLI).
// Run as a single-file program: java -cp validator-<version>-shaded.jar ValidateFacturX.java a.pdf b.pdf
import org.mustangproject.validator.ZUGFeRDValidator;

public class ValidateFacturX {
  public static void main(String[] files) {
    for (String file : files) {
      ZUGFeRDValidator validator = new ZUGFeRDValidator();
      String report = validator.validate(file);
      System.out.println("=== " + file);
      System.out.println(report);
    }
  }
}
