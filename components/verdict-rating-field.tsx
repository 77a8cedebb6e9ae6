import { RatingBadge } from '@/components/rating-badge'
import type { Rating } from '@/lib/generated/prisma/enums'
import { RATINGS } from '@/lib/verdicts/ratings'
import styles from './verdict-rating-field.module.css'

/** The rating scale as radio buttons, each with its documented meaning. */
export function VerdictRatingField({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  return (
    <fieldset className={errors?.length ? `form__field ${styles.ratingChoice} ${styles.ratingChoiceInvalid}` : `form__field ${styles.ratingChoice}`} aria-describedby="rating-error">
      <legend>Rating</legend>
      {(Object.keys(RATINGS) as Rating[]).map((rating) => (
        <label key={rating} className={styles.ratingChoiceOption}>
          <input type="radio" name="rating" value={rating} defaultChecked={defaultValue === rating} />
          <RatingBadge rating={rating} className={styles.ratingChoiceBadge} />
          <span className={styles.ratingChoiceMeaning}>{RATINGS[rating].meaning}</span>
        </label>
      ))}
      <p id="rating-error" className="form__field-error" aria-live="polite">
        {errors?.[0]}
      </p>
    </fieldset>
  )
}
